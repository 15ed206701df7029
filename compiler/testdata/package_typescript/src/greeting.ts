export interface Options { punctuation: string }
export function greeting(name: string, options: Options): string {
  return `hello, ${name}${options.punctuation}`;
}
