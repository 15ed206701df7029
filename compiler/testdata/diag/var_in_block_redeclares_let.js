function f() {
  {
    let item = 1;
    {
      var item = 2;
    }
  }
}
