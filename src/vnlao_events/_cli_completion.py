"""Shell completion scripts for bash, zsh and fish, generated from the argparse parser.

The scripts are plain text the shell loads once; they list each subcommand, its
options, the choices of options that have them, the catalogue's series keys for
``--series`` and ``explain``, and complete file names elsewhere. Nothing runs Python
at completion time, so completing is instant.
"""

from __future__ import annotations

import argparse

import attrs

from ._catalogue import Catalogue

__all__ = ["script"]

PROG = "vnlao-events"
_FUNCTION = "_vnlao_events"


@attrs.frozen
class _Option:
    names: tuple[str, ...]
    help: str
    takes_value: bool
    choices: tuple[str, ...]
    files: bool


@attrs.frozen
class _Command:
    name: str
    help: str
    options: tuple[_Option, ...]
    positional_choices: tuple[str, ...]  # the first positional's values (explain's SERIES)
    files: bool  # whether other positionals are files


def _commands(parser: argparse.ArgumentParser) -> list[_Command]:
    keys = tuple(sorted(Catalogue.default().mechanisms))
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {a.dest: a.help or "" for a in sub._choices_actions}
    commands = []
    for name, command in sub.choices.items():
        options = []
        positional_choices: tuple[str, ...] = ()
        files = False
        for action in command._actions:
            if not action.option_strings:
                if action.dest == "key":
                    positional_choices = keys
                elif action.dest == "files":
                    files = True
                elif action.choices:
                    positional_choices = tuple(str(c) for c in action.choices)
                continue
            choices = tuple(str(c) for c in action.choices or ())
            if action.dest == "series":
                choices = keys
            options.append(
                _Option(
                    names=tuple(action.option_strings),
                    help=str(action.help or ""),
                    takes_value=action.nargs != 0,
                    choices=choices,
                    files=action.dest in ("output", "catalogue"),
                )
            )
        commands.append(
            _Command(name, helps.get(name, ""), tuple(options), positional_choices, files)
        )
    return commands


def _bash(commands: list[_Command]) -> str:
    names = " ".join(c.name for c in commands)
    out = [
        f'# bash completion for {PROG}: eval "$({PROG} completion bash)"',
        f"{_FUNCTION}() {{",
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
        '    local cmd="" word nth=0',
        '    for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do',
        '        case "$word" in -*) ;; *) if [ -z "$cmd" ]; then cmd="$word";'
        " else nth=$((nth + 1)); fi ;; esac",
        "    done",
        '    if [ -z "$cmd" ]; then',
        f'        COMPREPLY=($(compgen -W "{names} --help --version" -- "$cur")); return',
        "    fi",
        '    case "$cmd" in',
    ]
    for command in commands:
        words = " ".join(n for o in command.options for n in o.names)
        out.append(f"    {command.name})")
        out.append('        case "$prev" in')
        for option in command.options:
            if not option.takes_value:
                continue
            pattern = "|".join(option.names)
            if option.choices:
                values = " ".join(option.choices)
                out.append(
                    f'            {pattern}) COMPREPLY=($(compgen -W "{values}" -- "$cur"));'
                    " return ;;"
                )
            elif option.files:
                out.append(f'            {pattern}) COMPREPLY=($(compgen -f -- "$cur")); return ;;')
            else:
                out.append(f"            {pattern}) return ;;")
        out.append("        esac")
        out.append('        if [[ "$cur" == -* ]]; then')
        out.append(f'            COMPREPLY=($(compgen -W "{words} --help" -- "$cur"))')
        if command.positional_choices:
            values = " ".join(command.positional_choices)
            out.append('        elif [ "$nth" -eq 0 ]; then')
            out.append(f'            COMPREPLY=($(compgen -W "{values}" -- "$cur"))')
        if command.files:
            out.append("        else")
            out.append('            COMPREPLY=($(compgen -f -- "$cur"))')
        out.append("        fi ;;")
    out += ["    esac", "}", f"complete -o filenames -F {_FUNCTION} {PROG}", ""]
    return "\n".join(out)


def _zsh_text(text: str) -> str:
    return text.replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:")


def _zsh(commands: list[_Command]) -> str:
    out = [
        f"#compdef {PROG}",
        f"# zsh completion for {PROG}: save as _{PROG} in a folder of $fpath,"
        f" or: source <({PROG} completion zsh)",
        f"{_FUNCTION}() {{",
        "    local -a commands",
        "    commands=(",
    ]
    out += [f"        '{c.name}:{_zsh_text(c.help)}'" for c in commands]
    out += [
        "    )",
        "    if (( CURRENT == 2 )); then",
        "        _describe 'command' commands",
        "        return",
        "    fi",
        "    local command=$words[2]",
        "    shift words; (( CURRENT-- ))",
        "    case $command in",
    ]
    for command in commands:
        specs = []
        for option in command.options:
            help_text = _zsh_text(option.help)
            if option.choices:
                action = f":value:({' '.join(option.choices)})"
            elif option.files:
                action = ":file:_files"
            elif option.takes_value:
                action = ":value: "
            else:
                action = ""
            for name in option.names:
                specs.append(f"'{name}[{help_text}]{action}'")
        if command.positional_choices:
            specs.append(f"'1:series:({' '.join(command.positional_choices)})'")
        if command.files:
            specs.append("'*:file:_files'")
        out.append(f"        {command.name})")
        out.append("            _arguments -s " + " ".join(specs) + " ;;")
    out += [
        "    esac",
        "}",
        'if [[ "${zsh_eval_context[-1]}" == loadautofunc ]]; then',
        f'    {_FUNCTION} "$@"',
        "else",
        f"    compdef {_FUNCTION} {PROG}",
        "fi",
        "",
    ]
    return "\n".join(out)


def _fish_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("'", "\\'")


def _fish(commands: list[_Command]) -> str:
    out = [
        f"# fish completion for {PROG}: save as ~/.config/fish/completions/{PROG}.fish",
        f"complete -c {PROG} -f",
    ]
    for command in commands:
        out.append(
            f"complete -c {PROG} -n __fish_use_subcommand -a {command.name}"
            f" -d '{_fish_text(command.help)}'"
        )
    for command in commands:
        when = f"-n '__fish_seen_subcommand_from {command.name}'"
        for option in command.options:
            flags = " ".join(
                f"-l {n[2:]}" if n.startswith("--") else f"-s {n[1:]}" for n in option.names
            )
            if option.choices:
                flags += f" -x -a '{' '.join(option.choices)}'"
            elif option.files:
                flags += " -r -F"
            elif option.takes_value:
                flags += " -x"
            out.append(f"complete -c {PROG} {when} {flags} -d '{_fish_text(option.help)}'")
        if command.positional_choices:
            out.append(f"complete -c {PROG} {when} -a '{' '.join(command.positional_choices)}'")
        if command.files:
            out.append(f"complete -c {PROG} {when} -F")
    return "\n".join(out) + "\n"


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script of ``parser`` for ``shell`` (``bash``, ``zsh`` or ``fish``).

    >>> from vnlao_events._cli import _parser
    >>> "complete -o filenames -F _vnlao_events vnlao-events" in script(_parser(), "bash")
    True
    """
    commands = _commands(parser)
    return {"bash": _bash, "zsh": _zsh, "fish": _fish}[shell](commands)
