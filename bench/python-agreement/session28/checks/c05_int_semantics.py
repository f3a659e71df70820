import threading

big = 1
last_digits = 0
floor_div = 0
modulo = 0
rounded = 0


def compute() -> None:
    global big, last_digits, floor_div, modulo, rounded
    for _ in range(70):
        big *= 2
    last_digits = big % 1000  # 2**70 = 1180591620717411303424
    floor_div = -7 // 2
    modulo = -7 % 3
    rounded = round(2.5) + round(3.5)


t = threading.Thread(target=compute)
t.start()
t.join()
print(last_digits, floor_div, modulo, rounded)
assert last_digits == 424
assert floor_div == -4 and modulo == 2 and rounded == 6
