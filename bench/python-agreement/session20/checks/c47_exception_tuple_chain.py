"""except (A, B) as e; raise ... from; finally runs on return; an exception type from a thread's helper."""
import threading

caught = []
cause = ""
finally_runs = 0


class ParseError(Exception):
    pass


def parse(token):
    global finally_runs
    try:
        if token == "":
            raise ValueError("empty")
        if token == "?":
            raise KeyError(token)
        return int(token)
    finally:
        finally_runs += 1


def worker():
    global cause
    for token in ["", "?", "7"]:
        try:
            parse(token)
        except (ValueError, KeyError) as e:
            caught.append(type(e).__name__)
    try:
        try:
            parse("")
        except ValueError as e:
            raise ParseError("bad input") from e
    except ParseError as e:
        cause = type(e.__cause__).__name__


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
