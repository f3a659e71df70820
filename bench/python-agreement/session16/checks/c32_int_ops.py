# check: integer operators (bitwise ones are refused plainly) on values known only at run time
import threading

x = 0
results = [0] * 5


def setx():
    global x
    x = -13


t = threading.Thread(target=setx)
t.start()
t.join()
results[0] = x // 4
results[1] = x % 4
results[2] = abs(x)
results[3] = min(x, 3, -20)
results[4] = -x % -4
print(results)
