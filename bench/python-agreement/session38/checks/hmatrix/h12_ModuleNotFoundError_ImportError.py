# ordered
# hierarchy matrix: raise ModuleNotFoundError, except ImportError
import threading

log = []


def work(n):
    try:
        try:
            if n > 0:
                raise ModuleNotFoundError('x')
            log.append("no raise")
        except ImportError:
            log.append("caught by ImportError")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
