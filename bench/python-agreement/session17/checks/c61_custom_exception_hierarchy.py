# no bug: a retry loop catches the program's own exception classes through their common base
import threading


class NetworkError(Exception):
    pass


class Timeout(NetworkError):
    pass


attempts = 0
gave_up = 0


def call(n):
    if n < 2:
        raise Timeout()
    return n


def worker():
    global attempts, gave_up
    for n in range(3):
        attempts += 1
        try:
            call(n)
            break
        except NetworkError:
            continue
    else:
        gave_up = 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(attempts, gave_up)
