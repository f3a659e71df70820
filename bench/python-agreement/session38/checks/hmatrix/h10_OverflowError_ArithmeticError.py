# ordered
# hierarchy matrix: raise OverflowError, except ArithmeticError
import threading

log = []


def work(n):
    try:
        try:
            if n > 0:
                raise OverflowError('x')
            log.append("no raise")
        except ArithmeticError:
            log.append("caught by ArithmeticError")
    except Exception as e:
        log.append(f"escaped {type(e).__name__}")


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
