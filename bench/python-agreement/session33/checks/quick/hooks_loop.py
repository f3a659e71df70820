import threading
out = []
def a():
    out.append('a')
def b():
    out.append('b')
hooks = [a, b]
def work():
    for h in hooks:
        h()

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
