# Tuple unpacking into module globals (session 26's q06 form): every value is taken first, then the
# names are bound in order. A swap of two globals under a lock, a display of shared reads after the
# joins, a function's returned tuple, and a swap racing with a reader that sees the names one by one.
import threading

low = 0
high = 10
first = 0
second = 0
seen_sum = 0
lock = threading.Lock()


def bounds(n: int) -> tuple[int, int]:
    return n - 1, n + 1


def swap() -> None:
    global low, high
    with lock:
        low, high = high, low


def reader() -> None:
    global seen_sum
    seen_sum = low + high


def widen() -> None:
    global first, second
    first, second = bounds(high)


threads = [threading.Thread(target=swap), threading.Thread(target=reader), threading.Thread(target=widen)]
for t in threads:
    t.start()
for t in threads:
    t.join()
a, b, c = low, high, first + second
print(low, high, first, second, seen_sum, a, b, c)
