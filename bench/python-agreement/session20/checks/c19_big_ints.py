"""Python ints do not overflow: a product that passes 2**63 in a thread."""
import threading

product = 1
digits = 0
wrapped = 0


def multiply():
    global product, digits, wrapped
    for n in range(1, 25):
        product *= n
    digits = len(str(product))
    wrapped = 1 if product < 0 else 0


if __name__ == "__main__":
    t = threading.Thread(target=multiply)
    t.start()
    t.join()
    low = product % 1000000007
