"""`return` in the `except` (and `else`) of a try that has `finally`: weft's import writes a scenario that
does not load (its own error) instead of the plain refusal it gives for `return` in the try's body."""
import threading

trail = []


def parse(text):
    try:
        value = int(text)
    except ValueError:
        return -1
    finally:
        trail.append("done")
    return value


def worker():
    parse("5")


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
