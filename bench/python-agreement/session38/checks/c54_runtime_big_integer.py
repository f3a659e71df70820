# ordered
# An integer that grows past 64 bits at run time (a factorial in a loop).
import threading

log = []


def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
    log.append(result)
    log.append(result % 1000007)


t = threading.Thread(target=factorial, args=(25,))
t.start()
t.join()
print(log)
