# no bug: floor division, modulo and int() of a true division of negative numbers, done by a worker thread
import threading

results = []


def compute(a, b):
    results.append(a // b)
    results.append(a % b)
    results.append(int(a / b))
    results.append(round(a / b))
    results.append(divmod(a, b)[0])


t = threading.Thread(target=compute, args=(-7, 2))
t.start()
t.join()
print(results)
