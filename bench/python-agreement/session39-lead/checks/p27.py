import threading
out = []
def work(n):
    f = 1
    for i in range(1, n + 1):
        f *= i
    out.append(f)
    out.append(2 ** n)
    out.append(f % 1000003)
t = threading.Thread(target=work, args=(25,))
t.start(); t.join()
print(out)
