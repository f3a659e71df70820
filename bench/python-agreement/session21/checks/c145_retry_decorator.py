# a retry decorator (functools.wraps) around a flaky call
import functools
import threading

attempts = 0
result = ""


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except ConnectionError:
                    if attempt == times - 1:
                        raise
            return None
        return wrapper
    return decorate


@retry(3)
def fetch(key):
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError("flaky")
    return key.upper()


def worker():
    global result
    result = fetch("data")


t = threading.Thread(target=worker)
t.start()
t.join()
print(attempts, result)
