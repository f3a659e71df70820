import threading
out = []
def a():
    out.append('a')
def b():
    out.append('b')
table = {'x': a, 'y': b}
def work():
    table['y']()

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
