"""Runs one Python program as `python prog.py` would, then prints its final state as one JSON line.

The final state is taken when Python itself would stop: after the main code and every non-daemon thread
have finished (daemon threads may still be running, as at interpreter exit). It holds the module's
globals of type int or str, list (or deque) of int, str or None and dict of int or str to int, str or None, the int, list and dict
attributes of instances of the program's own classes (`counter.value` as `counter_value`, weft's name for
it) and of the classes themselves (`Stats.hits` as `Stats_hits`), the entries of dicts with string keys (`stats["hits"]` as `stats_hits`, weft's name), and the status: `ok`, or `assertion_failed` when
an `assert` failed in the main code or in a thread (weft ends the run at a failed assert in any task),
or `fault` for any other exception (the first failure decides, as weft stops at its first). The wall time from the first line of the program to that point is
`wall_ns` (the interpreter's own start-up is left out, as weft's makespan leaves it out).
"""
import collections
import json
import os
import sys
import threading
import time

program = sys.argv[1]
failures = []


def thread_failed(arguments):
    failures.append(type(arguments.exc_value).__name__)


threading.excepthook = thread_failed
# The program runs as the real `__main__` module, so that multiprocessing can find its functions by name
# (a Pool pickles `__main__.f`); the standard modules it may use are imported before the clock starts, as
# the interpreter's start-up is left out of the wall time.
import asyncio  # noqa: E402,F401
import concurrent.futures  # noqa: E402,F401
import multiprocessing  # noqa: E402,F401
import types  # noqa: E402

main_module = types.ModuleType("__main__")
main_module.__file__ = program
main_module.__builtins__ = __builtins__
sys.modules["__main__"] = main_module
namespace = main_module.__dict__
with open(program, encoding="utf-8") as source:
    code = compile(source.read(), program, "exec")
sys.argv = [program]


class ImmediateExit(BaseException):
    """`os._exit(n)` in the main code: the process ends there, with no join and no atexit callback. The
    harness takes the state at that point instead (its real `os._exit` would end the harness too)."""


real_os_exit = os._exit
exit_code = None


def os_exit(code):
    global exit_code
    if threading.current_thread() is not threading.main_thread():
        # A thread's `os._exit`: weft refuses it; the state is not taken.
        print(json.dumps({"status": "fault", "failures": ["os._exit in a thread"], "shared": {}, "dropped": [], "wall_ns": 0}), flush=True)
        real_os_exit(code)
    exit_code = code
    raise ImmediateExit


os._exit = os_exit
start = time.perf_counter_ns()
try:
    exec(code, namespace)  # noqa: S102 - running the program under test is the point
except ImmediateExit:
    pass
except SystemExit:
    # `sys.exit(main())` at the end of the program: it ends as at its last line (weft does not model the
    # process's exit status, only the final state), and the threads that are not daemons are joined below.
    pass
except AssertionError:
    failures.append("AssertionError")
except Exception as error:  # noqa: BLE001 - any other exception is a fault of the program
    failures.append(type(error).__name__)
# What the interpreter's exit does before it joins the threads (threading._shutdown, Python 3.9+): the
# callbacks of threading._register_atexit, among them concurrent.futures' that tells an executor never shut
# down to let its idle workers end (without it, joining them below would wait forever).
threading_atexits = getattr(threading, "_threading_atexits", None)
if exit_code is not None:
    pass  # `os._exit`: no callback, no join
elif threading_atexits is not None:
    threading._SHUTTING_DOWN = True
    for callback in reversed(threading_atexits):
        callback()
    threading_atexits.clear()
elif "concurrent.futures.thread" in sys.modules:
    # Python 3.8 and before: the executors' workers are daemon threads that the atexit module's
    # callback joins after the program's end.
    sys.modules["concurrent.futures.thread"]._python_exit()
main = threading.main_thread()
for thread in threading.enumerate():
    if thread is not main and not thread.daemon and exit_code is None:
        thread.join()
wall_ns = time.perf_counter_ns() - start


def is_item(value):
    """A number, None, a string or a tuple of them: what a shared list or dict holds in weft (None is
    `null` in its JSON, a string a JSON string, a tuple a JSON array)."""
    if isinstance(value, tuple):
        return len(value) > 0 and all(is_item(item) for item in value)
    if isinstance(value, float):
        # weft's floats (since session 23): a JSON number, compared by value; an infinity or NaN is
        # a string in weft's JSON and not compared.
        return value == value and value not in (float("inf"), float("-inf"))
    # A bool is an item too: weft's True and False are 1 and 0 (until session 26 a list or dict holding
    # a bool was left out of the state, and agree.py compared nothing of it).
    return value is None or isinstance(value, (str, int))


def item_state(value):
    """An item as JSON: a tuple as `{"__tuple__": [...]}`, so that agree.py tells it from a list; a bool
    as weft's 1 or 0."""
    if isinstance(value, tuple):
        return {"__tuple__": [item_state(item) for item in value]}
    if isinstance(value, bool):
        return int(value)
    return value


def is_key(key):
    """A key weft's maps can have: an integer or a string, or (since session 32, a map the import keeps
    by `repr`, printed bare) a tuple of integers, strings, None and such tuples."""
    if isinstance(key, tuple):
        return all(item is None or isinstance(item, (str, int)) or (isinstance(item, tuple) and is_key(item)) for item in key)
    return isinstance(key, str) or (isinstance(key, int) and not isinstance(key, bool))


def weft_key(key):
    """A tuple key as weft holds it: its bools as weft's 1 and 0."""
    if isinstance(key, tuple):
        return tuple(weft_key(item) for item in key)
    return int(key) if isinstance(key, bool) else key


def key_text(key):
    """A key as weft prints it in `name[key]`: an integer bare, a string as Python's repr (`'a'`), a tuple
    as its repr (`(1, 'a')`)."""
    if isinstance(key, tuple):
        return repr(weft_key(key))
    return repr(key) if isinstance(key, str) else str(key)


def state_of(value):
    if isinstance(value, bool):
        return int(value)  # weft's True and False are 1 and 0
    if isinstance(value, collections.deque):
        value = list(value)  # weft's deque is a shared list
    if isinstance(value, tuple) and is_item(value):
        return item_state(value)
    if isinstance(value, float) and is_item(value):
        return value
    if not isinstance(value, (int, str, list, dict, set)):
        return None
    if isinstance(value, (int, str)):
        return value
    if isinstance(value, list) and all(is_item(item) for item in value):
        return [item_state(item) for item in value]
    if isinstance(value, dict) and all(is_key(k) and is_item(v) for k, v in value.items()):
        return {key_text(k): item_state(v) for k, v in value.items()}
    if isinstance(value, set) and all(isinstance(k, int) and not isinstance(k, bool) for k in value):
        # weft says a set of numbers as a map from each member to 1.
        return {str(k): 1 for k in sorted(value)}
    if isinstance(value, set) and any(isinstance(k, tuple) for k in value) and all(is_key(k) for k in value):
        # A set with tuple members: weft's map from each member's repr to 1 (session 32).
        return {key_text(k): 1 for k in value}
    return None


def weft_identifier(name):
    """weft's name for `name` (its scenario_identifier): a letter, digit or `_` each, a letter first."""
    out = "".join(c if (c.isascii() and c.isalnum()) or c == "_" else "_" for c in name)
    if not (out[:1].isascii() and (out[:1].isalpha() or out[:1] == "_")):
        out = "v" + out
    return out[:60]


def string_keyed_entries(name, value):
    """A dict whose keys are all strings (`stats = {"hits": 0}`): weft makes each key a shared variable
    of its own, `stats_hits` (a scenario name has no quotes); its entries under those names, else None."""
    if not isinstance(value, dict) or not value or not all(isinstance(key, str) for key in value):
        return None
    if not all(is_item(item) for item in value.values()):
        return None
    return {weft_identifier(f"{name}_{key}"): item_state(item) for key, item in value.items()}


def is_program_instance(value):
    """An object of a class the program defines (weft imports its attributes as shared state)."""
    return type(value).__module__ == "__main__" and hasattr(value, "__dict__") and not isinstance(value, type)


def is_program_class(value):
    """A class the program defines (weft imports its class attributes as shared state)."""
    return isinstance(value, type) and value.__module__ == "__main__"


def library_attributes(value):
    """The attributes a standard-library base sets on an instance of a program's subclass (a
    `threading.Thread` subclass's `_ident`, `_native_id`, `_name`): they differ from run to run and are
    no state of the program, so they are left out."""
    names = set()
    if isinstance(value, threading.Thread):
        names.update(vars(threading.Thread()))
    process = sys.modules.get("multiprocessing")
    if process is not None and isinstance(value, process.Process):
        names.update(vars(process.Process()))
    return names


shared = {}
# Module names holding a container whose contents the state cannot say (an instance in a list, a float
# infinity): agree.py lists the names weft reports for them as not compared, never as agreeing.
dropped = []
for name, value in list(namespace.items()):
    if name.startswith("__"):
        continue
    state = state_of(value)
    if state is None and isinstance(value, (list, dict, set, tuple, collections.deque)):
        dropped.append(name)
    entries = string_keyed_entries(name, value)
    # A dict with string keys is a map of string keys in weft, or a variable per key when every key
    # is known at import time: both forms are recorded, and agree.py compares the names weft reports.
    if entries is not None:
        shared.update(entries)
    if state is not None:
        shared[name] = state
    elif is_program_class(value):
        # A class attribute (`hits = 0` in the class body, written as `Stats.hits` or `cls.hits`) is
        # weft's `Class_attribute`.
        for attribute, item in vars(value).items():
            state = None if attribute.startswith("__") else state_of(item)
            if state is not None:
                shared[f"{name}_{attribute}"] = state
    elif is_program_instance(value):
        # weft names an instance's attribute `instance_attribute` (a scenario name has no dot).
        inherited = library_attributes(value)
        for attribute, item in vars(value).items():
            if attribute in inherited:
                continue
            state = state_of(item)
            if state is not None:
                shared[f"{name}_{attribute}"] = state
            # A dict with string keys held by an attribute is a variable per key in weft too
            # (`bank_balances_alice`).
            shared.update(string_keyed_entries(f"{name}_{attribute}", item) or {})
# weft ends a run at its first failure, so the status is that of the first exception: a thread that dies
# of IndexError and then the main code's assert that sees its missing work is a fault, as in weft.
if not failures:
    status = "ok"
elif failures[0] == "AssertionError":
    status = "assertion_failed"
else:
    status = "fault"
print(
    json.dumps({"status": status, "failures": failures, "shared": shared, "dropped": dropped, "wall_ns": wall_ns}),
    flush=True,
)
sys.stdout.flush()
# Daemon threads may still run (a printer waiting forever): leave as the interpreter would.
if exit_code is not None:
    real_os_exit(exit_code)  # threads still running do not keep the process alive
