import threading

total = 2 ** 62


def work():
    global total
    total = total * 4


t = threading.Thread(target=work)
t.start()
t.join()
print(total)
