# ordered
# hierarchy matrix: raise KeyError, except ValueError
import threading

log = []


def work(n):
    try:
        try:
            if n > 0:
                raise KeyError('x')
            log.append("no raise")
        except ValueError:
            log.append("caught by ValueError")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
