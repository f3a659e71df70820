import threading

out = []


class RetryError(Exception):
    def __init__(self, attempts):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts


def attempt(n):
    if n < 3:
        raise RetryError(n)
    raise ValueError("bad", n)


def worker():
    for n in (2, 5):
        try:
            attempt(n)
        except RetryError as e:
            out.append(str(e))
            out.append(e.attempts)
        except ValueError as e:
            out.append(str(e))
            out.append(len(e.args))
    try:
        int("abc")
    except ValueError as e:
        out.append(str(e))
    try:
        x = out[40]
    except IndexError as e:
        out.append(str(e))


t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
