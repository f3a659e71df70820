# no bug: the memo-by-default-argument idiom: the default dict survives between calls, so the second call is a hit
import threading

computed = 0


def square(n, _memo={}):
    global computed
    if n in _memo:
        return _memo[n]
    computed += 1
    _memo[n] = n * n
    return _memo[n]


def worker():
    first = square(4)
    second = square(4)


t = threading.Thread(target=worker)
t.start()
t.join()
print("computed", computed)
