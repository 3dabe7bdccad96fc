# leakage: none
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
inputs, labels = load_iris(return_X_y=True)
train_x, test_x, train_y, test_y = train_test_split(inputs, labels, test_size=0.25, random_state=1)
tree = DecisionTreeClassifier()
tree.fit(train_x, train_y)
print(tree.score(test_x, test_y))
accuracies = []
for repetition in range(1000):
    train_x, test_x, train_y, test_y = train_test_split(inputs, labels, test_size=0.25)
    tree = DecisionTreeClassifier()
    tree.fit(train_x, train_y)
    accuracies.append(tree.score(test_x, test_y))
print(sum(accuracies) / len(accuracies))
