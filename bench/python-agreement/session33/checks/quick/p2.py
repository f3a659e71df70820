import threading
out = []
def work():
    total = sum(i for i in range(10000))  # weft: cpu 1ms
    out.append(total)
t = threading.Thread(target=work)
t.start()
t.join()
print(out)
