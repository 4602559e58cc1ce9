/**
 * Why an npm script line would fail in one of the shells npm runs it through: cmd.exe on Windows
 * (whatever shell the user typed `npm run` in), /bin/sh elsewhere (dash on Debian, bash on macOS).
 * A line that passes uses only what all of them read alike: program names, plain or double-quoted
 * arguments, `&&` between commands.
 */

/** Shell builtins and keywords that cmd.exe does not have (or has with another meaning). */
const POSIX_BUILTINS = ['exec', 'export', 'source', '.', 'eval', 'set', 'unset', 'trap', 'test', '[', 'true', 'false', 'command', 'env', 'if', 'for', 'while', 'case']
/** Programs a stock Windows lacks, or has under the same name doing something else. */
const POSIX_PROGRAMS = ['bash', 'sh', 'zsh', 'rm', 'cp', 'mv', 'mkdir', 'cat', 'ls', 'grep', 'sed', 'awk', 'touch', 'chmod', 'ln', 'sleep', 'which', 'kill', 'xargs', 'find', 'sudo', 'apt-get', 'open', 'xdg-open']

const SYNTAX: Array<[RegExp, string]> = [
  [/\$\w|\$\{|\$\(/, 'a $VARIABLE or $(…) (cmd.exe writes %VAR% and has no command substitution)'],
  [/%\w+%/, 'a %VARIABLE% (sh does not expand it)'],
  [/`/, 'backticks (command substitution in sh, plain text in cmd.exe)'],
  [/'/, 'single quotes (cmd.exe passes them on as part of the argument)'],
  [/;/, 'a `;` (cmd.exe does not separate commands with it)'],
  [/\\\s*$|\\\n/m, 'a backslash line continuation (cmd.exe continues lines with ^)'],
  [/\\/, 'a backslash (sh reads it as an escape; write paths with /)'],
  [/\/dev\/null/, '/dev/null (Windows has no such file)'],
  [/(?:^|\s)\d?>/, 'a redirection (the file names differ per system; let the program write its own files)'],
  [/(?:^|&&\s*|\|\|\s*)[A-Z_]\w*=\S*\s/i, 'an environment assignment before a command (cmd.exe has no such prefix)'],
  [/(?:^|\s)~(?:\/|\s|$)/, 'a ~ home folder (cmd.exe does not expand it)'],
  [/(?:^|\s)[^\s"]*[*?][^\s"]*/, 'an unquoted wildcard (cmd.exe does not expand it: the program must)'],
  [/(?:^|[^&])&(?!&)/, 'a single & (background in sh, a command separator in cmd.exe)'],
  // As a command only: an argument such as `node --import ./x.mjs` reaches the program as written.
  [/(?:^|&&|\|\||\|)\s*\.\.?\//, 'a ./ or ../ program path (cmd.exe does not run it; name the program or use node)'],
]

/** The commands of a script line: the words that start it and start each part after `&&`, `||` or `|`. */
function commandNames(line: string): string[] {
  return line.split(/&&|\|\||\|/).map(part => part.trim().split(/\s+/)[0] ?? '').filter(Boolean)
}

/** What in `line` cmd.exe or sh cannot run as the other does; empty when the line is portable. */
export function scriptProblems(line: string): string[] {
  const problems = SYNTAX.filter(([pattern]) => pattern.test(line)).map(([, why]) => why)
  for (const name of commandNames(line)) {
    if (POSIX_BUILTINS.includes(name))
      problems.push(`\`${name}\` is a shell builtin cmd.exe does not have`)
    else if (POSIX_PROGRAMS.includes(name))
      problems.push(`\`${name}\` is not a program on a stock Windows (write it in Node)`)
  }
  return problems
}
