function sealed(target: Function): void {}

class Plain {}
@sealed
class Greeter {
  greeting: string = "hi";
}
