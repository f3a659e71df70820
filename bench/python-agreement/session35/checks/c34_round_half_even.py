"""round() of halves is to the even number; int() truncates toward zero."""
import threading

prices = [2.5, 3.5, -2.5, 0.125]
rounded = [0, 0, 0]
cents = 0.0
truncated = 0


def work():
    global cents, truncated
    for i in range(3):
        rounded[i] = round(prices[i])
    cents = round(prices[3], 2)
    truncated = int(-3.7)


t = threading.Thread(target=work)
t.start()
t.join()
print(rounded, cents, truncated)
