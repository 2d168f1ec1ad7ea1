<?php
/**
 * The embed bundle and the stylesheets, served from the plugin's own folder (no other host),
 * and loaded only on pages with a chart.
 *
 * @package NatoViz
 */

namespace NatoViz;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const SCRIPT = 'nato-viz';

/** The bundle URL: one module that registers the three elements. */
function bundle_url(): string {
	return plugins_url( 'assets/nato-viz.js', FILE );
}

function register_assets(): void {
	// WordPress 6.5+ has script modules; before that the classic handle gets type="module"
	// from module_script_tag().
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( SCRIPT, bundle_url(), array(), VERSION );
	} else {
		wp_register_script( SCRIPT, bundle_url(), array(), VERSION, true );
	}
	wp_register_style( 'nato-viz-fallback', plugins_url( 'assets/fallback/fallback.css', FILE ), array(), VERSION );
	wp_register_style( 'nato-viz', plugins_url( 'assets/nato-viz-wp.css', FILE ), array( 'nato-viz-fallback' ), VERSION );
}

/** The bundle, the fallback styles and the reserved heights of these chart variants. */
function enqueue_chart_assets( array $keys ): void {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( SCRIPT );
	} else {
		wp_enqueue_script( SCRIPT );
	}
	wp_enqueue_style( 'nato-viz' );
	foreach ( $keys as $key ) {
		$handle = 'nato-viz-reserve-' . $key;
		if ( ! wp_style_is( $handle, 'registered' ) ) {
			wp_register_style( $handle, plugins_url( 'assets/reserve/' . $key . '.css', FILE ), array( 'nato-viz' ), VERSION );
		}
		wp_enqueue_style( $handle );
	}
}

/** WordPress before 6.5: the bundle is an ES module. */
function module_script_tag( string $html, string $handle ): string {
	if ( SCRIPT !== $handle ) {
		return $html;
	}
	$html = preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $html );
	return str_replace( '<script ', '<script type="module" ', $html );
}

/**
 * Classic themes print the post after the page head: find the charts of the queried posts
 * first, so the bundle and the reserved heights are in the head (a stylesheet that came later
 * would let the page move). Block themes render the post before the head anyway.
 */
function enqueue_for_queried_posts(): void {
	global $wp_query;
	if ( ! $wp_query instanceof \WP_Query || is_feed() ) {
		return;
	}
	$keys = array();
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof \WP_Post && ! post_password_required( $post ) ) {
			$keys = array_merge( $keys, chart_keys( $post->post_content ) );
		}
	}
	if ( array() !== $keys ) {
		enqueue_chart_assets( array_unique( $keys ) );
	}
}

/** The reserve keys of every chart in a post's content: blocks, shortcodes and pasted tags. */
function chart_keys( string $content ): array {
	$charts = array();
	if ( false !== strpos( $content, '<!-- wp:nato-viz/chart' ) ) {
		$walk = static function ( array $blocks ) use ( &$walk, &$charts ) {
			foreach ( $blocks as $block ) {
				if ( 'nato-viz/chart' === $block['blockName'] ) {
					$charts[] = array( from_block( $block['attrs'] ), false );
				}
				$walk( $block['innerBlocks'] );
			}
		};
		$walk( parse_blocks( $content ) );
	}
	if ( false !== strpos( $content, '[nato-viz' ) && preg_match_all( '/' . get_shortcode_regex( array( 'nato-viz' ) ) . '/', $content, $m, PREG_SET_ORDER ) ) {
		foreach ( $m as $shortcode ) {
			$charts[] = array( from_shortcode( shortcode_parse_atts( $shortcode[3] ) ), false );
		}
	}
	foreach ( pasted_tags( $content ) as $pasted ) {
		$charts[] = array( array( $pasted['tag'], $pasted['attrs'], '' ), true );
	}
	$keys = array();
	foreach ( $charts as list( $chart, $pasted ) ) {
		if ( null === $chart ) {
			continue;
		}
		list( $tag, $raw ) = $chart;
		list( $attrs )     = validate_attributes( $tag, $raw );
		$lang              = $attrs['lang'] ?? ( $pasted ? pasted_lang( $raw ) : default_lang() );
		$keys[]            = reserve_key( $tag, $lang, $attrs );
	}
	return $keys;
}

/** In the block editor: the bundle (the block previews the live chart) and the inspector's data. */
function enqueue_editor_assets(): void {
	enqueue_chart_assets( array() );
	$lang = static function ( $value ) {
		return array(
			'nl' => $value['nl'],
			'en' => $value['en'],
		);
	};
	$pictures = array();
	foreach ( fallbacks() as $tag => $by_lang ) {
		foreach ( $by_lang as $code => $fb ) {
			$pictures[ $tag ][ $code ] = array(
				'src'    => plugins_url( 'assets/fallback/' . $fb['svg'], FILE ),
				'alt'    => $fb['alt'],
				'width'  => (int) $fb['width'],
				'height' => (int) $fb['height'],
			);
		}
	}
	$data = array(
		'defaultLang' => default_lang(),
		'pictures'    => $pictures,
		'issues'      => array_map(
			static function ( $i ) use ( $lang ) {
				return array(
					'id'    => $i['id'],
					'label' => $lang( $i['label'] ),
				);
			},
			dataset()['issues']
		),
		'rungs'       => array_map(
			static function ( $r ) use ( $lang ) {
				return array(
					'id'    => $r['id'],
					'label' => $lang( $r['label'] ),
				);
			},
			dataset()['rungs']
		),
	);
	wp_add_inline_script( 'nato-viz-chart-editor-script', 'window.natoVizEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}
