# BUG: two sellers check a set of sold seats and then add to it with no lock between, so one
# seat can be sold twice.
import threading

sold = {"stage"}
sales = []


def sell(seller, seats):
    for seat in seats:
        if seat not in sold:
            sold.add(seat)
            sales.append(seat)


a = threading.Thread(target=sell, args=("a", ["s1", "s2"]))
b = threading.Thread(target=sell, args=("b", ["s2", "s3"]))
a.start()
b.start()
a.join()
b.join()
sold_count = len(sold)
sale_count = len(sales)
print("sold", sold_count, "sales", sale_count, "double", sale_count - (sold_count - 1))
