import threading

got = []


def work(n):
    row = [0]
    row.append(n)
    grid = row * 2
    got.append(len(grid))


t = threading.Thread(target=work, args=(5,))
t.start()
t.join()
print(got)
