total = 0
order = []
for x in [30, 10, 20]:
    order.append(x)
seen = set(order)
text = ",".join(str(x) for x in seen)
