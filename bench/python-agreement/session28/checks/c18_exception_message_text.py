import threading

message = ""
arg0 = 0
kind = ""


def risky(n: int) -> None:
    global message, arg0, kind
    try:
        raise ValueError(f"bad item {n:03d}")
    except ValueError as exc:
        message = str(exc)
        kind = type(exc).__name__
    try:
        raise KeyError(n)
    except LookupError as exc:
        arg0 = exc.args[0]


t = threading.Thread(target=risky, args=(7,))
t.start()
t.join()
print(message, arg0, kind)
assert message == "bad item 007" and arg0 == 7 and kind == "ValueError"
