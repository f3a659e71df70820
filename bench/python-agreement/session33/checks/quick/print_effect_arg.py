import threading
out = []
def work():
    print(out.append(1), out.pop())

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
