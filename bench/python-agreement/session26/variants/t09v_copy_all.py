# BUG: string buffer: append_from reads the other buffer's length and contents under separate lock holds.
import threading


class StringBuffer:
    def __init__(self, text: str = "") -> None:
        self.chars: list[str] = list(text)
        self.lock = threading.Lock()

    def length(self) -> int:
        with self.lock:
            return len(self.chars)

    def erase(self) -> None:
        with self.lock:
            self.chars.clear()

    def get_chars(self, n: int) -> list[str]:
        with self.lock:
            if n > len(self.chars):
                raise IndexError("buffer shrank")
            return list(self.chars)

    def append_from(self, other: "StringBuffer") -> None:
        n = other.length()
        copied = other.get_chars(n)
        with self.lock:
            self.chars.extend(copied)


source = StringBuffer("abc")
target = StringBuffer("x")
errors = 0


def appender() -> None:
    global errors
    try:
        target.append_from(source)
    except IndexError:
        errors += 1


threads = [threading.Thread(target=appender), threading.Thread(target=source.erase)]
for t in threads:
    t.start()
for t in threads:
    t.join()
target_len = target.length()
print(f"target={''.join(target.chars)!r} len={target_len} errors={errors}")
assert errors == 0
