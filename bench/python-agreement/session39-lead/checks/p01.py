import threading
out = []
lock = threading.Lock()
def work(a, b):
    with lock:
        out.append(a // b)
        out.append(a % b)
        out.append(-a // b)
        out.append(-a % b)
        out.append(divmod(-a, b))
        out.append(round(a / b))
        out.append(round(2.5))
        out.append(round(3.5))
        out.append(abs(-a))
ts = [threading.Thread(target=work, args=(7, 2)), threading.Thread(target=work, args=(9, -4))]
for t in ts: t.start()
for t in ts: t.join()
print(out)
