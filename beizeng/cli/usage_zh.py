"""Mistakes in typing a command, said in Chinese: the people who type `beizeng` read Chinese.

Typer (its bundled click) words usage errors in English ("Got unexpected extra argument(s)",
"No such option: --perod"). The command group below catches them as they are raised and raises
the same error with a Chinese sentence naming what was typed, so Typer still shows it in its
panel with the usual exit code 2. The panel titles are Typer's module settings, set once here.
"""

from __future__ import annotations

import re
from typing import Any

import typer.rich_utils
from typer.core import TyperGroup

from beizeng.base.periods import check_period

try:  # Typer ≥ 0.20 carries its own copy of click
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - older Typer on plain click
    from click import exceptions as click_errors  # type: ignore[no-redef]

for _name, _text in {"ERRORS_PANEL_TITLE": "错误", "ARGUMENTS_PANEL_TITLE": "参数", "OPTIONS_PANEL_TITLE": "选项",
                     "COMMANDS_PANEL_TITLE": "命令", "ABORTED_TEXT": "已取消。",
                     "RICH_HELP": "运行 [blue]{command_path} {help_option}[/] 查看用法。",
                     "DEFAULT_STRING": "[默认：{}]", "REQUIRED_LONG_STRING": "[必填]", "ENVVAR_STRING": "[环境变量：{}]",
                     "DEPRECATED_STRING": "（已停用）"}.items():
    setattr(typer.rich_utils, _name, _text)

#: The words of `--help` itself, which Typer's bundled click writes in English: its usage line, the
#: help option's own line and the type shown beside each option (<str>, <int> …).
HELP_TEXT = "显示本帮助并退出。"
TYPE_WORDS = {"str": "文本", "int": "整数", "float": "数字", "int range": "整数", "float range": "数字", "bool": "",
              "path": "路径", "Path": "路径"}


def _chinese_help() -> None:
    try:
        from typer import core as typer_core
        from typer._click import core as click_core
        from typer._click import formatting
    except ImportError:  # pragma: no cover - older Typer on plain click: its English stays
        return
    write_usage = formatting.HelpFormatter.write_usage

    def usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args.replace("[OPTIONS]", "[选项]").replace("COMMAND [ARGS]...", "命令 [参数]..."),
                    "用法：" if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = usage  # type: ignore[method-assign]
    get_help_option = click_core.Command.get_help_option

    def help_option(self: Any, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = HELP_TEXT
        return option

    click_core.Command.get_help_option = help_option  # type: ignore[method-assign]
    for cls in (typer_core.TyperOption, typer_core.TyperArgument):
        shown = cls.display_type_rich

        def display(self: Any, ctx: Any, _shown: Any = shown) -> str | None:
            text = _shown(self, ctx)
            if not text:
                return text
            bare = text.strip("<>")
            if bare in TYPE_WORDS:
                return f"<{TYPE_WORDS[bare]}>" if TYPE_WORDS[bare] else None
            return text

        cls.display_type_rich = display  # type: ignore[method-assign]


_chinese_help()

_EXTRA = re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((.*)\)$")
_NO_COMMAND = re.compile(r"^No such command '(.*?)'\.(?: Did you mean (.*)\?)?$")


def _is_period(text: str) -> bool:
    """Whether an extra argument is a period as the commands read one (``periods.check_period``)."""
    try:
        check_period(text)
    except ValueError:
        return False
    return True


def _hint(param: Any) -> str:
    opts = getattr(param, "opts", None) or [getattr(param, "name", "") or ""]
    return " / ".join(opts)


#: Typer's (pydantic's) words for a value of the wrong kind, in Chinese; others are shown as they come.
_VALUE_WORDS = ((re.compile(r"^Input should be a valid integer"), lambda m: "应为整数"),
                (re.compile(r"^Input should be a valid (?:number|float)"), lambda m: "应为数字"),
                (re.compile(r"^Input should be greater than or equal to (\S+)"), lambda m: f"应不小于 {m.group(1)}"),
                (re.compile(r"^Input should be less than or equal to (\S+)"), lambda m: f"应不大于 {m.group(1)}"),
                (re.compile(r"^Input should be a valid boolean"), lambda m: "应为 true 或 false"))


def _value_words(message: str) -> str:
    for pattern, words in _VALUE_WORDS:
        if m := pattern.match(message):
            return words(m)
    return message


def chinese(exc: click_errors.UsageError) -> str | None:
    """The Chinese sentence for a usage error; None when it needs none (already Chinese, or help)."""
    message = exc.message
    if re.search(r"[\u4e00-\u9fff]", message):
        return None  # our own checks already speak Chinese
    if isinstance(exc, click_errors.NoSuchOption):
        near = f"（是不是 {'、'.join(sorted(exc.possibilities))}？）" if exc.possibilities else ""
        return f"没有选项 {exc.option_name}{near}。"
    if isinstance(exc, click_errors.MissingParameter):
        kind = exc.param_type or getattr(exc.param, "param_type_name", "")
        return f"缺少{'参数' if kind == 'argument' else '选项'} {_hint(exc.param)}。"
    if isinstance(exc, click_errors.BadParameter):
        return f"{_hint(exc.param)} 的值不对：{_value_words(message)}"
    if isinstance(exc, click_errors.BadOptionUsage):
        if message.endswith("requires an argument."):
            return f"选项 {exc.option_name} 后面要写一个值。"
        return f"选项 {exc.option_name} 用法不对：{message}"
    if m := _EXTRA.match(message):
        extra = m.group(1)
        if exc.ctx is not None and exc.ctx.info_name == "query":
            return f"SQL 语句要整个放在引号里（多出了 {extra}），如：beizeng query \"select * from indicator_values limit 5\""
        if _is_period(extra.split()[0]):
            takes_period = exc.ctx is not None and any(p.name == "when" for p in exc.ctx.command.params)
            if takes_period:
                return f"一次只能写一个期间（多出了 {extra}）；各期间请分别运行。"
            return f"这个命令不按期间区分，请去掉 {extra}。"
        return f"多写了 {extra}：这个命令不需要它。"
    if m := _NO_COMMAND.match(message):
        near = f"（是不是 {m.group(2).replace(', ', '、')}？）".replace("'", "") if m.group(2) else ""
        return f"没有 {m.group(1)} 这个命令{near}。"
    return f"命令写得不对：{message}"


def _translated(exc: click_errors.UsageError) -> click_errors.UsageError:
    if isinstance(exc, click_errors.NoArgsIsHelpError):
        return exc
    text = chinese(exc)
    return exc if text is None else click_errors.UsageError(text, ctx=exc.ctx)


class ChineseUsageGroup(TyperGroup):
    """The `beizeng` command group with its usage errors in Chinese (parsing and sub-commands)."""

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click_errors.UsageError as exc:
            raise _translated(exc) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except click_errors.UsageError as exc:
            raise _translated(exc) from None
