# ordered
# hierarchy matrix: raise StopIteration, except Exception
import threading

log = []


def work(n):
    try:
        try:
            if n > 0:
                raise StopIteration('x')
            log.append("no raise")
        except Exception:
            log.append("caught by Exception")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
