# ordered
# hierarchy matrix: raise ValueError, except LookupError
import threading

log = []


def work(n):
    try:
        try:
            if n > 0:
                raise ValueError('x')
            log.append("no raise")
        except LookupError:
            log.append("caught by LookupError")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
