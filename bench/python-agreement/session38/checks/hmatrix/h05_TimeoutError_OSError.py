# ordered
# hierarchy matrix: raise TimeoutError, except OSError
import threading

log = []


def work(n):
    try:
        try:
            if n > 0:
                raise TimeoutError('x')
            log.append("no raise")
        except OSError:
            log.append("caught by OSError")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
