# ordered
# hierarchy matrix: raise BlockingIOError, except OSError
import threading

log = []


def work(n):
    try:
        try:
            if n > 0:
                raise BlockingIOError('x')
            log.append("no raise")
        except OSError:
            log.append("caught by OSError")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
