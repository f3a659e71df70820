# check: recursive helper
import threading

a = 0


def work():
    global a
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    a = fib(15)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
