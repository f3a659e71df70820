# ordered
# hierarchy matrix: raise RecursionError, except RuntimeError
import threading

log = []


def work(n):
    try:
        try:
            if n > 0:
                raise RecursionError('x')
            log.append("no raise")
        except RuntimeError:
            log.append("caught by RuntimeError")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
