# ordered
# hierarchy matrix: raise UnboundLocalError, except NameError
import threading

log = []


def work(n):
    try:
        try:
            if n > 0:
                raise UnboundLocalError('x')
            log.append("no raise")
        except NameError:
            log.append("caught by NameError")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
