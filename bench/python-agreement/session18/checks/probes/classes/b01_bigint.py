import threading

result = 1

def fact(n):
    global result
    acc = 1
    for i in range(1, n + 1):
        acc *= i
    result = acc % 1000000007

t = threading.Thread(target=fact, args=(25,))
t.start()
t.join()
