"""Silent error: a function called as a statement whose `return int(...)` sits inside an `if` loses the
exception (session 35's dropped-return fix, translate/dropped_returns.rs, reaches only a `return` at the
function's top level: `def job(kind): return int("x")` agrees, checks/c01-c11 agree).

CPython 3.11 (every run): caught = [1]
weft (start binary of session 36): "complete", one outcome, len(caught)=0

The same with `return int(kind)` (a local), with an `else`-less `if` followed by `return 7`, in a thread
target's `try` (checks/c45: CPython ['bad'], weft []), and in a process target (session35's
checks/matrix p_int_text__process_exitcode: CPython exit codes [0, 1], weft [0, 0]; results/matrix35_rerun.txt).
Only a value computed from locals and constants is lost (`return DATA[key]` of a module dict raises: its
read is a step). Cause: translate.rs evaluates a dropped value (dropped_returns.rs) only for the tail
`return` of a function's body; a function with another `return` goes through `one_pass_body`.
"""
caught = []


def job(kind):
    if kind == "bad":
        return int("x")


try:
    job("bad")
except ValueError:
    caught.append(1)
print(caught)
