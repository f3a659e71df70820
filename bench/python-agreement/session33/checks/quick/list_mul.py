import threading
out = []
def work():
    out.extend([0] * 3)
    out[1] += 5

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
