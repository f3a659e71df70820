# BUG: port of SCTBench stringbuffer: append(other) reads other's length under other's lock, releases it, then
# copies that many items while another thread has erased them (atomicity violation).
import threading


class StringBuffer:
    def __init__(self, text=""):
        self.chars = list(text)
        self.lock = threading.RLock()

    def length(self):
        with self.lock:
            return len(self.chars)

    def get_chars(self, count):
        with self.lock:
            if count > len(self.chars):
                raise IndexError("buffer shrank")
            return self.chars[:count]

    def append(self, other):
        with self.lock:
            count = other.length()
            copied = other.get_chars(count)
            self.chars.extend(copied)

    def erase(self):
        with self.lock:
            self.chars.clear()


target = StringBuffer("ab")
source = StringBuffer("xyz")
errors = []
final_length = [0]


def appender():
    try:
        target.append(source)
    except IndexError as error:
        errors.append(str(error))


def eraser():
    source.erase()


threads = [threading.Thread(target=appender), threading.Thread(target=eraser)]
for t in threads:
    t.start()
for t in threads:
    t.join()
final_length[0] = target.length()
print("length", final_length[0], "errors", errors)
assert not errors, "append copied from a buffer that was erased underneath it"
