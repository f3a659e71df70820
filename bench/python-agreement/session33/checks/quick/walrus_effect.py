import threading
out = []
def work():
    if (n := len(out)) == 0:
        out.append(n)

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
