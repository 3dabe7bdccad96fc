# leakage: multi-test@11
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
inputs, labels = load_iris(return_X_y=True)
depth_scores = {}
for depth in range(1, 8):
    train_x, test_x, train_y, test_y = train_test_split(inputs, labels, test_size=0.25, random_state=1)
    tree = DecisionTreeClassifier(max_depth=depth)
    tree.fit(train_x, train_y)
    depth_scores[depth] = tree.score(test_x, test_y)
print(max(depth_scores, key=depth_scores.get))
