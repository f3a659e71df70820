import threading
out = []
def work():
    ok = False and out.append(1)
    ok2 = True or out.append(2)
    out.append(0) or out.append(3)

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
