import threading

vals = [0, 0, 0, 0]

def calc(a, b):
    vals[0] = a // b
    vals[1] = a % b
    vals[2] = -a // b
    vals[3] = abs(a - b * 3)

t = threading.Thread(target=calc, args=(-7, 3))
t.start()
t.join()
