/// Something a stage makes for later stages of the same build, such as the resolved audiences
/// or the papers written: published on the build context, read by type, as Hummingbird's
/// request context carries values from middleware to route.
///
/// The contract: a stage that publishes a product declares it in its definition's `provides`,
/// and a stage that reads one declares it in `needs`; the pipeline resolver then refuses, before
/// a build, a pipeline that does not run the provider, or runs it too late. A product is
/// published once per build; what a stage reads is what an earlier stage made in this build,
/// never something read back from the output folder.
public protocol StageProduct {
    /// The product's name in messages and listings: "audiences", "papers".
    static var productName: String { get }
}

/// A product type as a stage declares it: its identity and its name.
public struct ProductKind: Sendable, Hashable, CustomStringConvertible {
    let identifier: ObjectIdentifier
    /// The product's name, from ``StageProduct/productName``.
    public let name: String

    /// The kind of `type`.
    public init(_ type: any StageProduct.Type) {
        identifier = ObjectIdentifier(type)
        name = type.productName
    }

    public var description: String { name }

    public static func == (lhs: ProductKind, rhs: ProductKind) -> Bool { lhs.identifier == rhs.identifier }
    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }
}

/// The products published so far in one build, at most one of each type.
public struct StageProducts {
    private var values: [ObjectIdentifier: any StageProduct] = [:]

    /// No products yet.
    public init() {}

    /// Publishes `product` for the stages after this one, in place of an earlier one of its type.
    public mutating func publish<Product: StageProduct>(_ product: Product) {
        values[ObjectIdentifier(Product.self)] = product
    }

    /// The product of type `type`, if a stage of this build has published one.
    public subscript<Product: StageProduct>(_ type: Product.Type) -> Product? {
        values[ObjectIdentifier(type)] as? Product
    }

    /// Whether a product of `kind` has been published.
    public func contains(_ kind: ProductKind) -> Bool {
        values[kind.identifier] != nil
    }
}
